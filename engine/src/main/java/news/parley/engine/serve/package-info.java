/** The preview server's core: builds, serves on the loopback interface, watches and rebuilds. */
package news.parley.engine.serve;
