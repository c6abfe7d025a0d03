import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SmtpMessageOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-smtp/interfaces/SmtpMessageOptions.md","filePath":"api/@mailgate/transport-smtp/interfaces/SmtpMessageOptions.md"}');
const _sfc_main = { name: "api/@mailgate/transport-smtp/interfaces/SmtpMessageOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-smtpmessageoptions" tabindex="-1">Interface: SmtpMessageOptions <a class="header-anchor" href="#interface-smtpmessageoptions" aria-label="Permalink to &quot;Interface: SmtpMessageOptions&quot;">​</a></h1><p>Defined in: transport-smtp/src/convert-to-nodemailer-message.ts:12</p><p>Options a message may carry for this transport only: <code>transportOptions.smtp</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="envelopefrom" tabindex="-1">envelopeFrom? <a class="header-anchor" href="#envelopefrom" aria-label="Permalink to &quot;envelopeFrom?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly envelopeFrom</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: transport-smtp/src/convert-to-nodemailer-message.ts:14</p><p>The envelope sender (MAIL FROM), e.g. a VERP bounce address. Default: the from-address.</p><hr><h3 id="messageid" tabindex="-1">messageId? <a class="header-anchor" href="#messageid" aria-label="Permalink to &quot;messageId?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly messageId</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: transport-smtp/src/convert-to-nodemailer-message.ts:16</p><p>The Message-ID header to use instead of a generated one.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-smtp/interfaces/SmtpMessageOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SmtpMessageOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SmtpMessageOptions as default
};
