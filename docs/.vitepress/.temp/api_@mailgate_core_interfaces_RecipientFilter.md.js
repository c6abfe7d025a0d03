import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RecipientFilter","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/RecipientFilter.md","filePath":"api/@mailgate/core/interfaces/RecipientFilter.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/RecipientFilter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-recipientfilter" tabindex="-1">Interface: RecipientFilter <a class="header-anchor" href="#interface-recipientfilter" aria-label="Permalink to &quot;Interface: RecipientFilter&quot;">​</a></h1><p>Defined in: mailing/types.ts:224</p><p>Which recipients <code>MailingStore.recipients</code> lists.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cursor" tabindex="-1">cursor? <a class="header-anchor" href="#cursor" aria-label="Permalink to &quot;cursor?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly cursor</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: mailing/types.ts:227</p><hr><h3 id="limit" tabindex="-1">limit? <a class="header-anchor" href="#limit" aria-label="Permalink to &quot;limit?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly limit</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Defined in: mailing/types.ts:228</p><hr><h3 id="state" tabindex="-1">state? <a class="header-anchor" href="#state" aria-label="Permalink to &quot;state?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly state</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> RecipientState;</span></span></code></pre></div><p>Defined in: mailing/types.ts:226</p><p>Only this state (<code>uncertain</code> includes <code>pending</code> rows past their lease).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/RecipientFilter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RecipientFilter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RecipientFilter as default
};
