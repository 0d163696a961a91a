import { Card, Descriptions, Empty, Statistic } from 'antd';
import type { Household } from '../../api/types.ts';
import { useMoney } from '../../components/format.ts';
import { useFieldLabel, useValueText } from '../../components/values.ts';
import { useT } from '../../i18n/useT.ts';
import {
  GUARANTEE_KEYS,
  HOUSEHOLD_FORM_FIELDS,
  INCOME_KEYS,
  MONITORING_KEYS,
  YEAR_FORM_FIELDS,
  fieldOf,
} from './fields.ts';

/** Net income of the household: the components, as the registry defines it. */
function netIncome(facts: NonNullable<Household['facts']>): number | null {
  const parts = [facts.wageIncome, facts.businessIncome, facts.propertyIncome, facts.transferIncome];
  if (parts.every((p) => p === null || p === undefined) && facts.businessCosts == null) return null;
  return parts.reduce<number>((sum, p) => sum + (p ?? 0), 0) - (facts.businessCosts ?? 0);
}

/** The household's fields, its facts of the year with the income components, and 两不愁三保障. */
export function Overview({ household, year }: { household: Household; year: number | undefined }) {
  const t = useT();
  const money = useMoney();
  const label = useFieldLabel();
  const text = useValueText();
  const facts = household.facts;
  const source = household as unknown as Record<string, unknown>;
  const factValues = (facts ?? {}) as Record<string, unknown>;
  const item = (key: string, values: Record<string, unknown>) => ({
    key,
    label: label(key),
    children: text(fieldOf(key), values[key]),
  });
  const grouped: readonly string[] = [...INCOME_KEYS, ...GUARANTEE_KEYS, ...MONITORING_KEYS];
  const factKeys = YEAR_FORM_FIELDS.map((f) => f.key).filter((k) => !grouped.includes(k));

  return (
    <div className="zf-stack">
      {facts ? (
        <>
          <div className="zf-figures">
            <Card size="small">
              <Statistic
                title={t('household.perCapita')}
                value={money(facts.perCapitaIncome)}
                prefix={facts.perCapitaIncome === null ? undefined : '¥'}
              />
            </Card>
            <Card size="small">
              <Statistic title={t('household.totalNet')} value={money(netIncome(facts))} prefix="¥" />
            </Card>
            <Card size="small">
              <Statistic title={t('household.size')} value={facts.size} />
            </Card>
          </div>
          <Card size="small" title={t('household.section.facts', { year: facts.year })}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={factKeys.map((k) => item(k, factValues))}
            />
          </Card>
          <Card size="small" title={t('household.section.income', { year: facts.year })}>
            <div className="zf-muted zf-formula">{t('household.incomeFormula')}</div>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={[
                ...INCOME_KEYS.map((k) => item(k, factValues)),
                { key: 'perCapita', label: t('household.perCapita'), children: money(facts.perCapitaIncome) },
              ]}
            />
          </Card>
          <Card size="small" title={t('household.section.guarantees')}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={GUARANTEE_KEYS.map((k) => item(k, factValues))}
            />
          </Card>
          <Card size="small" title={t('household.section.monitoring', { year: facts.year })}>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={MONITORING_KEYS.map((k) => item(k, factValues))}
            />
          </Card>
        </>
      ) : (
        <Card size="small">
          <Empty
            description={
              year === undefined || household.years.length === 0
                ? t('household.noYears')
                : t('household.noFacts', { year })
            }
          />
        </Card>
      )}
      <Card size="small" title={t('household.section.basic')}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={HOUSEHOLD_FORM_FIELDS.map((f) => item(f.key, source))}
        />
      </Card>
    </div>
  );
}
