import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MailboxReadLike","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/MailboxReadLike.md","filePath":"api/@mailgate/core/interfaces/MailboxReadLike.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/MailboxReadLike.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-mailboxreadlike" tabindex="-1">Interface: MailboxReadLike <a class="header-anchor" href="#interface-mailboxreadlike" aria-label="Permalink to &quot;Interface: MailboxReadLike&quot;">​</a></h1><p>Defined in: gate/ingest.ts:96</p><p>What <code>readBounces</code> of the Graph and Gmail transports answers, read by shape.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="reports" tabindex="-1">reports <a class="header-anchor" href="#reports" aria-label="Permalink to &quot;reports&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">reports</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: readonly object[];</span></span></code></pre></div><p>Defined in: gate/ingest.ts:97</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/MailboxReadLike.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MailboxReadLike = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MailboxReadLike as default
};
