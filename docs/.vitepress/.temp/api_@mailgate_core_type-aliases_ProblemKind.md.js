import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ProblemKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/type-aliases/ProblemKind.md","filePath":"api/@mailgate/core/type-aliases/ProblemKind.md"}');
const _sfc_main = { name: "api/@mailgate/core/type-aliases/ProblemKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-problemkind" tabindex="-1">Type Alias: ProblemKind <a class="header-anchor" href="#type-alias-problemkind" aria-label="Permalink to &quot;Type Alias: ProblemKind&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ProblemKind</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> typeof</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> problemKinds[number];</span></span></code></pre></div><p>Defined in: ledger/statuses.ts:46</p><p>What is wrong with a <code>problem</code> address: bounced, complained, unsubscribed, blocked or invalid.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/type-aliases/ProblemKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProblemKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProblemKind as default
};
