import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AddressStatusId","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/type-aliases/AddressStatusId.md","filePath":"api/@mailgate/core/type-aliases/AddressStatusId.md"}');
const _sfc_main = { name: "api/@mailgate/core/type-aliases/AddressStatusId.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-addressstatusid" tabindex="-1">Type Alias: AddressStatusId <a class="header-anchor" href="#type-alias-addressstatusid" aria-label="Permalink to &quot;Type Alias: AddressStatusId&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> AddressStatusId</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> typeof</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> addressStatuses[number];</span></span></code></pre></div><p>Defined in: ledger/statuses.ts:32</p><p>The status of an address: unconfirmed, confirmation_requested, confirmed or problem.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/type-aliases/AddressStatusId.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AddressStatusId = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AddressStatusId as default
};
