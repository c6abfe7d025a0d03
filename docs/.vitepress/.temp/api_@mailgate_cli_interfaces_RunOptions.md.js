import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/cli/interfaces/RunOptions.md","filePath":"api/@mailgate/cli/interfaces/RunOptions.md"}');
const _sfc_main = { name: "api/@mailgate/cli/interfaces/RunOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-runoptions" tabindex="-1">Interface: RunOptions <a class="header-anchor" href="#interface-runoptions" aria-label="Permalink to &quot;Interface: RunOptions&quot;">​</a></h1><p>Defined in: program.ts:15</p><p>What <code>run</code> can be given besides the arguments: the io and the store opener.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="io" tabindex="-1">io? <a class="header-anchor" href="#io" aria-label="Permalink to &quot;io?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly io</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> CliIo;</span></span></code></pre></div><p>Defined in: program.ts:16</p><hr><h3 id="openstore" tabindex="-1">openStore? <a class="header-anchor" href="#openstore" aria-label="Permalink to &quot;openStore?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly openStore</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> OpenStore;</span></span></code></pre></div><p>Defined in: program.ts:18</p><p>How <code>--store</code> becomes a store; tests pass one that answers memory stores.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/cli/interfaces/RunOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunOptions as default
};
