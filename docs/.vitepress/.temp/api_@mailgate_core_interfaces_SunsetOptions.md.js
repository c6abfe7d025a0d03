import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SunsetOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/SunsetOptions.md","filePath":"api/@mailgate/core/interfaces/SunsetOptions.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/SunsetOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-sunsetoptions" tabindex="-1">Interface: SunsetOptions <a class="header-anchor" href="#interface-sunsetoptions" aria-label="Permalink to &quot;Interface: SunsetOptions&quot;">​</a></h1><p>Defined in: policy/builtin/counter-policies.ts:70</p><p>Options of <code>sunsetPolicy</code>: no bulk mail to recipients who have not engaged for <code>days</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="days" tabindex="-1">days? <a class="header-anchor" href="#days" aria-label="Permalink to &quot;days?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly days</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Defined in: policy/builtin/counter-policies.ts:72</p><p>Days without engagement after which marketing stops (default 180: six months).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/SunsetOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SunsetOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SunsetOptions as default
};
