/** The build cache (internal to the engine): what one build leaves beside the output for the next. */
package news.parley.engine.cache;
