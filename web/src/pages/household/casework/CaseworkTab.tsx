import type { Household } from '../../../api/types.ts';
import { useCapabilities } from '../../../auth/capabilities.ts';
import { isWithin } from '../../../region/code.ts';
import { MeasuresSection } from './MeasuresSection.tsx';
import { PairingSection } from './PairingSection.tsx';
import { ProblemsSection } from './ProblemsSection.tsx';
import { VisitsSection } from './VisitsSection.tsx';
import './casework.css';

const covers = (regions: readonly string[], code: string) => regions.some((r) => isWithin(code, r));

/**
 * The household's casework (帮扶): its responsible cadre, visits, problems and assistance measures of the
 * page's year. Casework is written by those who do it here (a paired cadre on their own households); pairings
 * by those who keep the organisation. The server decides again.
 */
export function CaseworkTab({ household, year }: { household: Household; year: number }) {
  const capabilities = useCapabilities();
  const works = capabilities.pairedCadre || covers(capabilities.caseworkRegions, household.regionCode);
  const unit = household.cadreUnit ?? null;
  return (
    <div className="zf-casework">
      <PairingSection
        householdId={household.id}
        regionCode={household.regionCode}
        unit={unit}
        phone={household.cadrePhone ?? null}
        keeper={covers(capabilities.organisationRegions, household.regionCode)}
      />
      <ProblemsSection householdId={household.id} writable={works} />
      <MeasuresSection householdId={household.id} year={year} writable={works} provider={unit} />
      <VisitsSection householdId={household.id} />
    </div>
  );
}
