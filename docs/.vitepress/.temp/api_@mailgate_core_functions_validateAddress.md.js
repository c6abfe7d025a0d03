import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: validateAddress()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/validateAddress.md","filePath":"api/@mailgate/core/functions/validateAddress.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/validateAddress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-validateaddress" tabindex="-1">Function: validateAddress() <a class="header-anchor" href="#function-validateaddress" aria-label="Permalink to &quot;Function: validateAddress()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> validateAddress</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">input</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> AddressCheck</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: address/validate-address.ts:63</p><p>Whether <code>input</code> is an address mail can be sent to, and its normalized form.</p><p>Accepts the RFC 5321 mailbox <code>dot-atom@domain</code> as mail providers&#39; APIs take it, and refuses, by decision:</p><ul><li>quoted local parts (<code>&quot;john doe&quot;@example.com</code>): legal, but almost never real, refused by several providers, and a way to smuggle spaces and <code>@</code> into an address;</li><li>non-ASCII local parts (<code>åsa@example.se</code>, SMTPUTF8): Amazon SES and many receiving servers do not support them, so they would bounce; internationalized <em>domains</em> are accepted and converted to punycode;</li><li>address literals (<code>x@[192.0.2.1]</code>) and numeric top-level domains: no provider delivers to them, and they are a mark of junk sign-ups;</li><li>any control character (CR, LF, NUL, TAB, NEL, U+2028 …), even at the edges: such input is an attempt at header injection, not a typo to trim away.</li></ul><p>Surrounding white space is trimmed. Never throws.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/AddressCheck"><code>AddressCheck</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/validateAddress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const validateAddress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  validateAddress as default
};
