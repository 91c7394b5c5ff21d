/** Real-time delivery of feeds through WebSub hubs (internal to the engine). */
package news.parley.engine.websub;
