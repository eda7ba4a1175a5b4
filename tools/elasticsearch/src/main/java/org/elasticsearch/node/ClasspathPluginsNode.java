package org.elasticsearch.node;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.Map;

/**
 * The real Elasticsearch {@link Node}, with its plugins/modules taken from the classpath instead of from
 * modules/ and plugins/ directories of a distribution. In this package because {@link NodeConstruction} and
 * {@link NodeServiceProvider} are package-private (the test framework's MockNode does the same).
 */
public class ClasspathPluginsNode extends Node {

    public ClasspathPluginsNode(Environment environment, Map<String, Class<? extends Plugin>> pluginClasses) {
        super(NodeConstruction.prepareConstruction(environment, null, new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment initialEnvironment, PluginsLoader pluginsLoader) {
                return new ClasspathPluginsService(initialEnvironment.settings(), initialEnvironment, pluginClasses);
            }
        }, true));
    }
}
