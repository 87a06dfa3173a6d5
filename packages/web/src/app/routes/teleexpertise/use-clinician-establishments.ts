import { clinicalRoles, establishmentsWhereActor } from '@tansiq/domain';
import { useQueries } from '@tanstack/react-query';
import { establishmentQuery } from '../../../features/establishments';
import { useSession } from '../../../features/auth';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

/** The establishments where the user works as a clinician (physician or nurse), named in the current language. */
export function useClinicianEstablishments(): { value: string; label: string }[] {
  const { actor, gst } = useSession();
  const language = useLanguage();
  const ids = [...new Set(establishmentsWhereActor(actor, clinicalRoles, gst.id))];
  const establishments = useQueries({ queries: ids.map((id) => establishmentQuery(id)) });
  return ids.map((id, index) => {
    const data = establishments[index]?.data;
    return { value: id, label: data ? `${localizedName(data, language)} (${data.code})` : id };
  });
}
