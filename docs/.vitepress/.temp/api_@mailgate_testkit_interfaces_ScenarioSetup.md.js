import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ScenarioSetup","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailgate/testkit/interfaces/ScenarioSetup.md","filePath":"api/@mailgate/testkit/interfaces/ScenarioSetup.md"}');
const _sfc_main = { name: "api/@mailgate/testkit/interfaces/ScenarioSetup.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-scenariosetup" tabindex="-1">Interface: ScenarioSetup <a class="header-anchor" href="#interface-scenariosetup" aria-label="Permalink to &quot;Interface: ScenarioSetup&quot;">​</a></h1><p>Defined in: testkit/src/conformance/transport-conformance.ts:38</p><p>What a scenario may change for its case.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="transport" tabindex="-1">transport? <a class="header-anchor" href="#transport" aria-label="Permalink to &quot;transport?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly transport</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> Transport;</span></span></code></pre></div><p>Defined in: testkit/src/conformance/transport-conformance.ts:40</p><p>Send with this transport (e.g. one pointed at a closed port or with wrong credentials).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@mailgate/testkit/interfaces/ScenarioSetup.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScenarioSetup = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScenarioSetup as default
};
