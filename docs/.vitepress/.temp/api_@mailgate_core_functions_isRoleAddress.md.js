import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isRoleAddress()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/core/functions/isRoleAddress.md","filePath":"api/@mailgate/core/functions/isRoleAddress.md"}');
const _sfc_main = { name: "api/@mailgate/core/functions/isRoleAddress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="function-isroleaddress" tabindex="-1">Function: isRoleAddress() <a class="header-anchor" href="#function-isroleaddress" aria-label="Permalink to &quot;Function: isRoleAddress()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> isRoleAddress</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">local</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> boolean</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: address/role-address.ts:61</p><p>Whether a local part names a role (<code>info</code>, <code>support</code>, <code>no-reply</code> …).</p><p>Also counts as a role: a role followed by a sub-address (<code>support+tickets</code>), by digits (<code>info2</code>), by a two-letter region or language code (<code>support-nl</code>, <code>sales.se</code>), or by more role names (<code>sales-support</code>), and the role names written with separators (<code>no-reply</code>, <code>do_not_reply</code>). A role followed by anything else (<code>hr-anna</code>, <code>team.lead</code>) is a person&#39;s address and does not count.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="local" tabindex="-1">local <a class="header-anchor" href="#local" aria-label="Permalink to &quot;local&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/core/functions/isRoleAddress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isRoleAddress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isRoleAddress as default
};
