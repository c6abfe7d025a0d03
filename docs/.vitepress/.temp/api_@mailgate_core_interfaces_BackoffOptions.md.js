import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BackoffOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/BackoffOptions.md","filePath":"api/@mailgate/core/interfaces/BackoffOptions.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/BackoffOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-backoffoptions" tabindex="-1">Interface: BackoffOptions <a class="header-anchor" href="#interface-backoffoptions" aria-label="Permalink to &quot;Interface: BackoffOptions&quot;">​</a></h1><p>Defined in: transport/transport-helpers.ts:30</p><p>Options of <code>backoffDelay</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="initialdelayms" tabindex="-1">initialDelayMs <a class="header-anchor" href="#initialdelayms" aria-label="Permalink to &quot;initialDelayMs&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">initialDelayMs</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>Defined in: transport/transport-helpers.ts:32</p><p>The wait before the first retry; it doubles for each one after.</p><hr><h3 id="maxdelayms" tabindex="-1">maxDelayMs <a class="header-anchor" href="#maxdelayms" aria-label="Permalink to &quot;maxDelayMs&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">maxDelayMs</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: number;</span></span></code></pre></div><p>Defined in: transport/transport-helpers.ts:34</p><p>The longest wait; a provider asking for more is not waited for.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/BackoffOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BackoffOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BackoffOptions as default
};
