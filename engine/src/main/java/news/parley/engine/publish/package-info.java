/** Safe publishing (internal to the engine): guarding, staging and swapping or updating the output folder. */
package news.parley.engine.publish;
