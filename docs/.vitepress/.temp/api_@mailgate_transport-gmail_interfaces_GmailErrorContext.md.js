import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GmailErrorContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-gmail/interfaces/GmailErrorContext.md","filePath":"api/@mailgate/transport-gmail/interfaces/GmailErrorContext.md"}');
const _sfc_main = { name: "api/@mailgate/transport-gmail/interfaces/GmailErrorContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-gmailerrorcontext" tabindex="-1">Interface: GmailErrorContext <a class="header-anchor" href="#interface-gmailerrorcontext" aria-label="Permalink to &quot;Interface: GmailErrorContext&quot;">​</a></h1><p>Defined in: transport-gmail/src/map-gmail-error.ts:12</p><p>What <code>mapGmailError</code> needs to know besides the error.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="now" tabindex="-1">now? <a class="header-anchor" href="#now" aria-label="Permalink to &quot;now?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly now</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Defined in: transport-gmail/src/map-gmail-error.ts:19</p><p>The current time in ms, to turn &quot;Retry after &lt;time&gt;&quot; into <code>retryAfterMs</code>. Default: now.</p><hr><h3 id="operation" tabindex="-1">operation? <a class="header-anchor" href="#operation" aria-label="Permalink to &quot;operation?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly operation</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;send&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;read&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: transport-gmail/src/map-gmail-error.ts:17</p><p><code>send</code> (default): the failed call was <code>users.messages.send</code>, so a failure after the request went out (time-out, dropped connection, 502, 504) is <code>uncertain</code>. <code>read</code>: any other call.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-gmail/interfaces/GmailErrorContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GmailErrorContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GmailErrorContext as default
};
