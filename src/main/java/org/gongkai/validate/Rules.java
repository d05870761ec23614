package org.gongkai.validate;

import java.util.List;
import org.gongkai.region.Divisions;
import org.gongkai.validate.rules.AggregateRule;
import org.gongkai.validate.rules.BBalanceRule;
import org.gongkai.validate.rules.BRowRule;
import org.gongkai.validate.rules.BTotalRule;
import org.gongkai.validate.rules.CTotalRule;
import org.gongkai.validate.rules.CarryOverRule;
import org.gongkai.validate.rules.CompleteRule;
import org.gongkai.validate.rules.CopiedRule;
import org.gongkai.validate.rules.DeadlineRule;
import org.gongkai.validate.rules.DuplicateRule;
import org.gongkai.validate.rules.LocationRule;
import org.gongkai.validate.rules.PublishedRule;
import org.gongkai.validate.rules.RegionRule;
import org.gongkai.validate.rules.YearRule;
import org.gongkai.validate.rules.YearTextRule;

/** The registry: every rule of DOMAIN.md, in the order their findings are explained in docs. */
public final class Rules {
  private Rules() {}

  public static List<Rule> perReport(Divisions divisions) {
    return List.of(
        new BRowRule(), new BTotalRule(), new BBalanceRule(), new CTotalRule(), new CompleteRule(),
        new YearRule(), new YearTextRule(), new PublishedRule(), new DeadlineRule(),
        new RegionRule(divisions), new LocationRule());
  }

  public static List<ArchiveRule> acrossReports() {
    return List.of(new DuplicateRule(), new CarryOverRule(), new CopiedRule(), new AggregateRule());
  }
}
