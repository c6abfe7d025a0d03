import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: convertToGraphMessage()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-graph/functions/convertToGraphMessage.md","filePath":"api/@mailgate/transport-graph/functions/convertToGraphMessage.md"}');
const _sfc_main = { name: "api/@mailgate/transport-graph/functions/convertToGraphMessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-converttographmessage" tabindex="-1">Function: convertToGraphMessage() <a class="header-anchor" href="#function-converttographmessage" aria-label="Permalink to &quot;Function: convertToGraphMessage()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> convertToGraphMessage</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">message</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">saveToSentItems</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> GraphSendMailBody</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: transport-graph/src/convert-to-graph-message.ts:22</p><p>Converts a transport message into Graph&#39;s <code>message</code> resource. Graph takes one body (HTML when there is one, else text) and only <code>X-</code> headers (<code>internetMessageHeaders</code>); other headers and tags are left out. A message with <code>List-Unsubscribe</code> goes in the MIME form instead (build-mime-message.ts), which keeps every header.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><p><code>TransportMessage</code></p><h3 id="savetosentitems" tabindex="-1">saveToSentItems <a class="header-anchor" href="#savetosentitems" aria-label="Permalink to &quot;saveToSentItems&quot;">​</a></h3><p><code>boolean</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>GraphSendMailBody</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-graph/functions/convertToGraphMessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const convertToGraphMessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  convertToGraphMessage as default
};
