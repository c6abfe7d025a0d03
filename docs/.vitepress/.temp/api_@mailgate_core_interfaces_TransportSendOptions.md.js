import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TransportSendOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/TransportSendOptions.md","filePath":"api/@mailgate/core/interfaces/TransportSendOptions.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/TransportSendOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-transportsendoptions" tabindex="-1">Interface: TransportSendOptions <a class="header-anchor" href="#interface-transportsendoptions" aria-label="Permalink to &quot;Interface: TransportSendOptions&quot;">​</a></h1><p>Defined in: transport/transport.ts:41</p><p>Options of one <code>Transport.send</code> call.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="signal" tabindex="-1">signal? <a class="header-anchor" href="#signal" aria-label="Permalink to &quot;signal?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly signal</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> AbortSignal;</span></span></code></pre></div><p>Defined in: transport/transport.ts:43</p><p>Aborted when the gate gives up on the send (time-out, cancelled run).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/TransportSendOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TransportSendOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TransportSendOptions as default
};
