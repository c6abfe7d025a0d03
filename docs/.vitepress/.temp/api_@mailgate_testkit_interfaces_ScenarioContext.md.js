import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ScenarioContext<E>","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/interfaces/ScenarioContext.md","filePath":"api/@mailgate/testkit/interfaces/ScenarioContext.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/interfaces/ScenarioContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-scenariocontext-e" tabindex="-1">Interface: ScenarioContext&lt;E&gt; <a class="header-anchor" href="#interface-scenariocontext-e" aria-label="Permalink to &quot;Interface: ScenarioContext\\&lt;E\\&gt;&quot;">​</a></h1><p>Defined in: testkit/src/conformance/transport-conformance.ts:32</p><p>What a conformance scenario is given: the emulator and the addresses.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="e" tabindex="-1">E <a class="header-anchor" href="#e" aria-label="Permalink to &quot;E&quot;">​</a></h3><p><code>E</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="addresses" tabindex="-1">addresses <a class="header-anchor" href="#addresses" aria-label="Permalink to &quot;addresses&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">addresses</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: ConformanceAddresses;</span></span></code></pre></div><p>Defined in: testkit/src/conformance/transport-conformance.ts:34</p><hr><h3 id="emulator" tabindex="-1">emulator <a class="header-anchor" href="#emulator" aria-label="Permalink to &quot;emulator&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">emulator</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">E</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Defined in: testkit/src/conformance/transport-conformance.ts:33</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/interfaces/ScenarioContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScenarioContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScenarioContext as default
};
