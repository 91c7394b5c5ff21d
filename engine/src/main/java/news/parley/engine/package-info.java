/**
 * Parley's engine, as a library: {@link news.parley.engine.Site#build} and {@link news.parley.engine.Site#check}
 * take a {@link news.parley.engine.BuildRequest} and return a {@link news.parley.engine.BuildResult} or
 * {@link news.parley.engine.CheckResult} with every problem; {@link news.parley.engine.serve.Preview} is the
 * preview server. These two packages are the API that front ends use; {@code engine.cache} and
 * {@code engine.publish} are the pipeline's own parts, public only so that {@code Site} can reach them.
 */
package news.parley.engine;
