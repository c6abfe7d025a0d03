import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AuditActor","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/AuditActor.md","filePath":"api/@mailgate/core/interfaces/AuditActor.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/AuditActor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-auditactor" tabindex="-1">Interface: AuditActor <a class="header-anchor" href="#interface-auditactor" aria-label="Permalink to &quot;Interface: AuditActor&quot;">​</a></h1><p>Defined in: stores/types.ts:40</p><p>Who did something to the list, and why: every change is recorded.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./AuditRecord"><code>AuditRecord</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="actor" tabindex="-1">actor <a class="header-anchor" href="#actor" aria-label="Permalink to &quot;actor&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">actor</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Defined in: stores/types.ts:42</p><p>A user id, &#39;system&#39;, &#39;ingest&#39;, …</p><hr><h3 id="note" tabindex="-1">note? <a class="header-anchor" href="#note" aria-label="Permalink to &quot;note?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly note</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: stores/types.ts:43</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/AuditActor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AuditActor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AuditActor as default
};
