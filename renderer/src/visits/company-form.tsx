/** A company's details: name, KvK number (checked), place, sector (an SBI code or words), size, a contact person. */
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../electron/shared/api';
import { normaliseKvk, type Company, type CompanyInput } from '../../../electron/shared/companies/company';
import { PROFILE_SIZES } from '../../../electron/shared/companies/company-profile';
import { api } from '../api/window-api';
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/i18n';

type Fields = Required<Omit<CompanyInput, 'id'>>;
type FieldErrors = Partial<Record<'name' | 'kvk' | 'contactEmail', string>>;

/** A light check as one types; the main process checks the address properly when it is saved. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The form field an API error is about ("company.kvk" → kvk). */
const FIELD_OF: Record<string, keyof FieldErrors> = {
  'company.name': 'name',
  'company.kvk': 'kvk',
  'company.contactEmail': 'contactEmail',
};

export function CompanyForm({
  company,
  onSaved,
  onCancel,
}: {
  company?: Company;
  onSaved: (company: Company) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const f = t.companyForm;
  const [fields, setFields] = useState<Fields>({
    name: company?.name ?? '',
    kvk: company?.kvk ?? '',
    place: company?.place ?? '',
    sector: company?.sector ?? '',
    size: company?.size ?? 'any',
    contactName: company?.contactName ?? '',
    contactEmail: company?.contactEmail ?? '',
    contactPhone: company?.contactPhone ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const set = (patch: Partial<Fields>) => setFields((x) => ({ ...x, ...patch }));

  const check = (): FieldErrors => {
    const e: FieldErrors = {};
    if (!fields.name.trim()) e.name = f.nameRequired;
    if (fields.kvk.trim() && !normaliseKvk(fields.kvk)) e.kvk = f.kvkInvalid;
    if (fields.contactEmail.trim() && !EMAIL.test(fields.contactEmail.trim())) e.contactEmail = f.emailInvalid;
    return e;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    const kvk = fields.kvk.trim() ? (normaliseKvk(fields.kvk) ?? fields.kvk) : '';
    const r = await api()['companies:save']({
      company: { ...(company ? { id: company.id } : {}), ...fields, kvk },
    });
    if (r.ok) return onSaved(r.value);
    // A field the main process refused is marked at the field itself, in the form's words.
    const field = FIELD_OF[r.error.params.field ?? ''];
    const messages = { name: f.nameRequired, kvk: f.kvkInvalid, contactEmail: f.emailInvalid };
    if (field) setErrors({ [field]: messages[field] });
    else setFailure(r.error);
  };

  const text = (key: keyof Omit<Fields, 'size'>, label: string, max: number, extra?: { help?: string }) => {
    const error = errors[key as keyof FieldErrors];
    const id = `company-${key}`;
    return (
      <label className="stacked" htmlFor={id}>
        <span>
          {label}
          {key !== 'name' && <span className="muted"> ({extra?.help ?? f.optional})</span>}
        </span>
        <input
          id={id}
          type={key === 'contactEmail' ? 'email' : 'text'}
          inputMode={key === 'kvk' ? 'numeric' : undefined}
          value={fields[key]}
          maxLength={max}
          autoFocus={key === 'name'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => set({ [key]: e.target.value })}
        />
        {error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        )}
      </label>
    );
  };

  return (
    <form className="company-form" onSubmit={submit} noValidate aria-label={company ? f.editTitle : f.newTitle}>
      <h3>{company ? f.editTitle : f.newTitle}</h3>
      <div className="form-grid">
        {text('name', f.name, 120)}
        {text('kvk', f.kvk, 12, { help: f.kvkHelp })}
        {text('place', f.place, 100)}
        {text('sector', f.sector, 200, { help: f.sectorHelp })}
        <label className="stacked">
          <span>{f.size}</span>
          <select value={fields.size} onChange={(e) => set({ size: e.target.value as Fields['size'] })}>
            {PROFILE_SIZES.map((s) => (
              <option key={s} value={s}>
                {t.sizes[s]}
              </option>
            ))}
          </select>
        </label>
        {text('contactName', f.contactName, 120)}
        {text('contactEmail', f.contactEmail, 200)}
        {text('contactPhone', f.contactPhone, 40)}
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {errorText(failure, t)}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          {f.save}
        </button>
        <button type="button" onClick={onCancel}>
          {f.cancel}
        </button>
      </div>
    </form>
  );
}
