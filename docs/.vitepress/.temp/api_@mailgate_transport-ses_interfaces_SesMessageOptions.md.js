import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SesMessageOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-ses/interfaces/SesMessageOptions.md","filePath":"api/@mailgate/transport-ses/interfaces/SesMessageOptions.md"}');
const _sfc_main = { name: "api/@mailgate/transport-ses/interfaces/SesMessageOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-sesmessageoptions" tabindex="-1">Interface: SesMessageOptions <a class="header-anchor" href="#interface-sesmessageoptions" aria-label="Permalink to &quot;Interface: SesMessageOptions&quot;">​</a></h1><p>Defined in: transport-ses/src/ses-transport-options.ts:72</p><p>Options one message may carry under <code>transportOptions.ses</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="configurationsetname" tabindex="-1">configurationSetName? <a class="header-anchor" href="#configurationsetname" aria-label="Permalink to &quot;configurationSetName?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly configurationSetName</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-transport-options.ts:73</p><hr><h3 id="raw" tabindex="-1">raw? <a class="header-anchor" href="#raw" aria-label="Permalink to &quot;raw?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly raw</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">|</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> Uint8Array</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&lt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">ArrayBufferLike</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&gt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-transport-options.ts:75</p><p>A complete MIME message to send as Raw content instead of building Simple content.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-ses/interfaces/SesMessageOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SesMessageOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SesMessageOptions as default
};
