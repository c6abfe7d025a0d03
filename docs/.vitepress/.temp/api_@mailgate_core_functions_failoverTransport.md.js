import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: failoverTransport()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/failoverTransport.md","filePath":"api/@mailgate/core/functions/failoverTransport.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/failoverTransport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-failovertransport" tabindex="-1">Function: failoverTransport() <a class="header-anchor" href="#function-failovertransport" aria-label="Permalink to &quot;Function: failoverTransport()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> failoverTransport</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">transports</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Transport</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: transport/failover-transport.ts:65</p><p>Sends through the first transport that is not cooling down and moves on to the next only for failures on the sender&#39;s or the provider&#39;s side. A recipient&#39;s refusal, a content refusal or an <code>uncertain</code> failure ends the attempt at once: the outcome is always the answer of the transport that decided it, reason, provider detail and all. A transport that failed is skipped for <code>coolDownMs</code> and then tried again. When every transport is cooling down, the one whose cool-down ends first is tried.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="transports" tabindex="-1">transports <a class="header-anchor" href="#transports" aria-label="Permalink to &quot;transports&quot;">​</a></h3><p>readonly <a href="./../interfaces/Transport"><code>Transport</code></a>[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/FailoverTransportOptions"><code>FailoverTransportOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Transport"><code>Transport</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/failoverTransport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const failoverTransport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  failoverTransport as default
};
