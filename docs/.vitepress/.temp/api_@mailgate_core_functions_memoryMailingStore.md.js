import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: memoryMailingStore()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/memoryMailingStore.md","filePath":"api/@mailgate/core/functions/memoryMailingStore.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/memoryMailingStore.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-memorymailingstore" tabindex="-1">Function: memoryMailingStore() <a class="header-anchor" href="#function-memorymailingstore" aria-label="Permalink to &quot;Function: memoryMailingStore()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> memoryMailingStore</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">()</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> MailingStore</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: mailing/memory-mailing-store.ts:63</p><p>Mailings in this process&#39;s memory: the default store, right for one process and for tests. A mailing that must survive its process, or be paused from another, needs a shared store (<code>postgresStores</code> of @mailgate/store-postgres has one).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MailingStore"><code>MailingStore</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/memoryMailingStore.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const memoryMailingStore = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  memoryMailingStore as default
};
