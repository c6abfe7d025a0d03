import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SmtpErrorContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-smtp/interfaces/SmtpErrorContext.md","filePath":"api/@mailgate/transport-smtp/interfaces/SmtpErrorContext.md"}');
const _sfc_main = { name: "api/@mailgate/transport-smtp/interfaces/SmtpErrorContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-smtperrorcontext" tabindex="-1">Interface: SmtpErrorContext <a class="header-anchor" href="#interface-smtperrorcontext" aria-label="Permalink to &quot;Interface: SmtpErrorContext&quot;">​</a></h1><p>Defined in: transport-smtp/src/map-smtp-error.ts:12</p><p>What <code>mapSmtpError</code> needs to know besides the error.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="datasent" tabindex="-1">dataSent? <a class="header-anchor" href="#datasent" aria-label="Permalink to &quot;dataSent?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly dataSent</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> boolean;</span></span></code></pre></div><p>Defined in: transport-smtp/src/map-smtp-error.ts:19</p><p><code>true</code>: the whole message had been handed to the server when the error came, so the server may have accepted it: without a definite refusal the failure is <code>uncertain</code>. <code>false</code>: the message never left in full (a server accepts only a complete message), so nothing is uncertain. Not given: unknown, and an error the mapper cannot read is <code>uncertain</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-smtp/interfaces/SmtpErrorContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SmtpErrorContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SmtpErrorContext as default
};
