import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SmtpVerpOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-smtp/interfaces/SmtpVerpOptions.md","filePath":"api/@mailgate/transport-smtp/interfaces/SmtpVerpOptions.md"}');
const _sfc_main = { name: "api/@mailgate/transport-smtp/interfaces/SmtpVerpOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-smtpverpoptions" tabindex="-1">Interface: SmtpVerpOptions <a class="header-anchor" href="#interface-smtpverpoptions" aria-label="Permalink to &quot;Interface: SmtpVerpOptions&quot;">​</a></h1><p>Defined in: transport-smtp/src/smtp-transport-options.ts:78</p><p>The VERP return path of <code>smtpTransport</code>: <code>&lt;prefix&gt;+&lt;mailgate id&gt;@&lt;domain&gt;</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="domain" tabindex="-1">domain <a class="header-anchor" href="#domain" aria-label="Permalink to &quot;domain&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">domain</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Defined in: transport-smtp/src/smtp-transport-options.ts:80</p><p>The domain of the return path, e.g. <code>bounces.example.com</code> or your own domain.</p><hr><h3 id="prefix" tabindex="-1">prefix? <a class="header-anchor" href="#prefix" aria-label="Permalink to &quot;prefix?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly prefix</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Defined in: transport-smtp/src/smtp-transport-options.ts:82</p><p>The local part before the <code>+</code>. Default <code>bounces</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-smtp/interfaces/SmtpVerpOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SmtpVerpOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SmtpVerpOptions as default
};
