import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ClaimResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/ClaimResult.md","filePath":"api/@mailgate/core/interfaces/ClaimResult.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/ClaimResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-claimresult" tabindex="-1">Interface: ClaimResult <a class="header-anchor" href="#interface-claimresult" aria-label="Permalink to &quot;Interface: ClaimResult&quot;">​</a></h1><p>Defined in: mailing/types.ts:189</p><p>What <code>claim</code> answers: the mailing after it, one answer per recipient.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="answers" tabindex="-1">answers <a class="header-anchor" href="#answers" aria-label="Permalink to &quot;answers&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">answers</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: readonly ClaimAnswer[];</span></span></code></pre></div><p>Defined in: mailing/types.ts:192</p><hr><h3 id="mailing" tabindex="-1">mailing? <a class="header-anchor" href="#mailing" aria-label="Permalink to &quot;mailing?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly mailing</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> MailingRecord;</span></span></code></pre></div><p>Defined in: mailing/types.ts:191</p><p>Absent only when <code>remainingOf</code> names a parent the store does not have.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/ClaimResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClaimResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClaimResult as default
};
