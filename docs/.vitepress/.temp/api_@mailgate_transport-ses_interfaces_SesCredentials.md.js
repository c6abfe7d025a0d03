import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SesCredentials","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-ses/interfaces/SesCredentials.md","filePath":"api/@mailgate/transport-ses/interfaces/SesCredentials.md"}');
const _sfc_main = { name: "api/@mailgate/transport-ses/interfaces/SesCredentials.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-sescredentials" tabindex="-1">Interface: SesCredentials <a class="header-anchor" href="#interface-sescredentials" aria-label="Permalink to &quot;Interface: SesCredentials&quot;">​</a></h1><p>Defined in: transport-ses/src/ses-transport-options.ts:5</p><p>AWS credentials. They never appear in outcomes, provider texts or logs.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="accesskeyid" tabindex="-1">accessKeyId <a class="header-anchor" href="#accesskeyid" aria-label="Permalink to &quot;accessKeyId&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">accessKeyId</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-transport-options.ts:6</p><hr><h3 id="secretaccesskey" tabindex="-1">secretAccessKey <a class="header-anchor" href="#secretaccesskey" aria-label="Permalink to &quot;secretAccessKey&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">secretAccessKey</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-transport-options.ts:7</p><hr><h3 id="sessiontoken" tabindex="-1">sessionToken? <a class="header-anchor" href="#sessiontoken" aria-label="Permalink to &quot;sessionToken?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly sessionToken</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-transport-options.ts:8</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-ses/interfaces/SesCredentials.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SesCredentials = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SesCredentials as default
};
