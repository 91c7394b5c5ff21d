package news.parley.cli;

import news.parley.engine.BuildRequest;
import news.parley.engine.CheckResult;
import news.parley.engine.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks everything a build would read, drafts and future articles included, and reports "
                + "every problem at once. Writes nothing. Exit 1 on any error (any warning with --strict).")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content;

    @Override
    public Integer call() {
        return Reporting.run(spec, content, now -> {
            CheckResult result = Site.check(BuildRequest.of(content.source, null, now).withStrict(content.strict));
            Reporting.print(spec.commandLine().getErr(), result.problems(), Reporting.colour(spec));
            long errors = result.errors();
            long warnings = result.warnings();
            spec.commandLine().getOut().printf("Checked %s: %d error%s, %d warning%s%n", content.source,
                    errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
            return errors > 0 ? Reporting.CONTENT_ERROR : 0;
        });
    }
}
