import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ClassifyOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/interfaces/ClassifyOptions.md","filePath":"api/@mailgate/core/interfaces/ClassifyOptions.md"}');
const _sfc_main = { name: "api/@mailgate/core/interfaces/ClassifyOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-classifyoptions" tabindex="-1">Interface: ClassifyOptions <a class="header-anchor" href="#interface-classifyoptions" aria-label="Permalink to &quot;Interface: ClassifyOptions&quot;">​</a></h1><p>Defined in: smtp/classify-smtp-reply.ts:37</p><p>Options of <code>classifySmtpReply</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="command" tabindex="-1">command? <a class="header-anchor" href="#command" aria-label="Permalink to &quot;command?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly command</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> SmtpCommand;</span></span></code></pre></div><p>Defined in: smtp/classify-smtp-reply.ts:39</p><p>The command the reply answered, as nodemailer&#39;s <code>err.command</code> or any spelling.</p><hr><h3 id="fromreport" tabindex="-1">fromReport? <a class="header-anchor" href="#fromreport" aria-label="Permalink to &quot;fromReport?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly fromReport</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> boolean;</span></span></code></pre></div><p>Defined in: smtp/classify-smtp-reply.ts:45</p><p>The reply was read from a bounce report: the refused session was between some relay and the receiver, not between us and our own submission server, so a refused connection or a rate limit is the receiver&#39;s, not our provider&#39;s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/interfaces/ClassifyOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClassifyOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClassifyOptions as default
};
