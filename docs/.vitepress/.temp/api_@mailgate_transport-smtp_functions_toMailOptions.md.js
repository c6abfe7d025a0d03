import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toMailOptions()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/transport-smtp/functions/toMailOptions.md","filePath":"api/@mailgate/transport-smtp/functions/toMailOptions.md"}');
const _sfc_main = { name: "api/@mailgate/transport-smtp/functions/toMailOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-tomailoptions" tabindex="-1">Function: toMailOptions() <a class="header-anchor" href="#function-tomailoptions" aria-label="Permalink to &quot;Function: toMailOptions()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> toMailOptions</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">message</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> SendMailOptions</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: transport-smtp/src/convert-to-nodemailer-message.ts:39</p><p>A mailgate message as nodemailer&#39;s mail options: addresses, bodies, headers (with mailgate&#39;s <code>X-Mailgate-Tags</code> and <code>X-Mailgate-Idempotency-Key</code>) and attachments. For any transport that builds its MIME with nodemailer (SMTP, the Gmail API); options of one transport only (<code>transportOptions</code>) are left to that transport.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><p><code>TransportMessage</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>SendMailOptions</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/transport-smtp/functions/toMailOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toMailOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toMailOptions as default
};
