package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PluginsService} whose plugins are classes on the application classpath (no plugin directories, no
 * per-plugin class loaders). Lives in this package because {@code LoadedPlugin} and the helpers it needs are
 * package-private. It is the same idea as the test framework's MockPluginsService, without the test dependencies.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Settings settings, Environment environment, Map<String, Class<? extends Plugin>> pluginClasses) {
        super(settings, environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        List<LoadedPlugin> loaded = new ArrayList<>();
        pluginClasses.forEach((name, pluginClass) -> {
            Plugin plugin = loadPlugin(pluginClass, settings, environment.configDir());
            PluginDescriptor descriptor = new PluginDescriptor(
                name,
                "classpath plugin " + pluginClass.getName(),
                Build.current().version(),
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false
            );
            loaded.add(new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader()));
        });
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(
            classpathPlugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(),
            List.of()
        );
    }

    /**
     * All plugins share one class loader, so every META-INF/services entry on the classpath would be found once per
     * plugin. Load each provider class exactly once; a provider whose constructor takes a plugin gets that plugin.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<?>, T> result = new LinkedHashMap<>();
        if (classpathPlugins.isEmpty()) {
            return List.of();
        }
        var classes = SPIClassIterator.get(service, ClasspathPluginsService.class.getClassLoader());
        while (classes.hasNext()) {
            Class<? extends T> providerClass = classes.next();
            if (result.containsKey(providerClass)) {
                continue;
            }
            Plugin owner = classpathPlugins.get(0).instance();
            boolean usable = true;
            for (Constructor<?> constructor : providerClass.getConstructors()) {
                if (constructor.getParameterCount() == 1) {
                    usable = false; // wants a specific plugin instance: only if that plugin is loaded
                    for (LoadedPlugin candidate : classpathPlugins) {
                        if (constructor.getParameterTypes()[0] == candidate.instance().getClass()) {
                            owner = candidate.instance();
                            usable = true;
                        }
                    }
                }
            }
            if (usable) {
                result.put(providerClass, createExtension(providerClass, service, owner));
            }
        }
        return List.copyOf(result.values());
    }
}
