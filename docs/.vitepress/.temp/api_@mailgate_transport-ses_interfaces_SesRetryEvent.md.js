import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SesRetryEvent","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-ses/interfaces/SesRetryEvent.md","filePath":"api/@mailgate/transport-ses/interfaces/SesRetryEvent.md"}');
const _sfc_main = { name: "api/@mailgate/transport-ses/interfaces/SesRetryEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-sesretryevent" tabindex="-1">Interface: SesRetryEvent <a class="header-anchor" href="#interface-sesretryevent" aria-label="Permalink to &quot;Interface: SesRetryEvent&quot;">​</a></h1><p>Defined in: transport-ses/src/ses-transport-options.ts:25</p><p>Told before each retry, so that no request is repeated without anyone knowing.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="attempt" tabindex="-1">attempt <a class="header-anchor" href="#attempt" aria-label="Permalink to &quot;attempt&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">attempt</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-transport-options.ts:27</p><p>The attempt about to be made (2 for the first retry).</p><hr><h3 id="delayms" tabindex="-1">delayMs <a class="header-anchor" href="#delayms" aria-label="Permalink to &quot;delayMs&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">delayMs</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-transport-options.ts:28</p><hr><h3 id="failure" tabindex="-1">failure <a class="header-anchor" href="#failure" aria-label="Permalink to &quot;failure&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">failure</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: TransportFailed;</span></span></code></pre></div><p>Defined in: transport-ses/src/ses-transport-options.ts:30</p><p>The failure that is being retried.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-ses/interfaces/SesRetryEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SesRetryEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SesRetryEvent as default
};
