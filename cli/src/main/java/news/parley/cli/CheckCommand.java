package news.parley.cli;

import news.parley.core.problem.Problem;
import news.parley.site.BuildRequest;
import news.parley.site.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
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
            // A check looks at what an editor may yet publish, so drafts and embargoed articles are in.
            List<Problem> problems = Site.check(new BuildRequest(content.source, null, true, true, now, content.strict,
                    false, false, Reporting.quickLimit()));
            Reporting.print(spec.commandLine().getErr(), problems, Reporting.colour(spec));
            long errors = problems.stream().filter(Problem::isError).count();
            long warnings = problems.size() - errors;
            spec.commandLine().getOut().printf("Checked %s: %d error%s, %d warning%s%n", content.source,
                    errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
            return errors > 0 ? Reporting.CONTENT_ERROR : 0;
        });
    }
}
