import { hasValidGs1CheckDigit } from '../../gs1/check-digit';

/** A unit's or carton's identifier in an EPCIS document, and which scheme produced it. */
export interface EpcisIdentifier {
  readonly uri: string;
  readonly scheme: 'epc-uri' | 'digital-link' | 'private';
}

// GS1 AI encodable character set 82, which AI 21 serials and therefore SGTIN serials use.
const ai82Pattern = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/;
// TDS: these AI 82 characters must be percent-encoded in the serial part of an EPC URI.
const epcEscapes: Readonly<Record<string, string>> = { '"': '%22', '%': '%25', '&': '%26', '/': '%2F', '<': '%3C', '>': '%3E', '?': '%3F' };

/**
 * Identifies one serialised unit. With the client's own GS1 company prefix (the GTIN starts,
 * after its indicator digit, with that prefix) the result is an SGTIN EPC pure identity URI,
 * `urn:epc:id:sgtin:CompanyPrefix.IndicatorItemRef.Serial`. The prefix length is what splits
 * the GTIN, and only the brand owner's record gives it, so for any other GTIN the result is a
 * GS1 Digital Link URI (`https://id.gs1.org/01/<gtin>/21/<serial>`). A serial outside the AI 82
 * set or longer than 20 characters also falls back to Digital Link. A product without a GTIN
 * gets a private `urn:packtrace:` URI, which EPCIS accepts but GS1 tools cannot resolve.
 */
export function unitIdentifier(unit: { readonly gtin: string | null; readonly serial: string; readonly companyPrefix: string | null; readonly clientCode: string; readonly sku: string }): EpcisIdentifier {
  if (unit.gtin === null || unit.gtin.length !== 14 || !hasValidGs1CheckDigit(unit.gtin)) {
    return { uri: `urn:packtrace:unit:${encodeURIComponent(unit.clientCode)}:${encodeURIComponent(unit.sku)}:${encodeURIComponent(unit.serial)}`, scheme: 'private' };
  }

  const prefix = unit.companyPrefix;
  const prefixFits = prefix !== null && prefix.length >= 6 && prefix.length <= 12 && unit.gtin.slice(1, 1 + prefix.length) === prefix;
  if (prefixFits && ai82Pattern.test(unit.serial)) {
    const indicatorItemReference = `${unit.gtin[0]}${unit.gtin.slice(1 + prefix.length, 13)}`;
    const serial = unit.serial.replace(/["%&/<>?]/g, (character) => epcEscapes[character] ?? character);
    return { uri: `urn:epc:id:sgtin:${prefix}.${indicatorItemReference}.${serial}`, scheme: 'epc-uri' };
  }
  return { uri: `https://id.gs1.org/01/${unit.gtin}/21/${encodeURIComponent(unit.serial)}`, scheme: 'digital-link' };
}

/**
 * Identifies a carton by its SSCC: `urn:epc:id:sscc:CompanyPrefix.SerialReference` (the serial
 * reference starts with the extension digit) when the client's company prefix is known and the
 * SSCC was built from it, else the Digital Link `https://id.gs1.org/00/<sscc>`.
 */
export function cartonIdentifier(sscc: string, companyPrefix: string | null): EpcisIdentifier {
  const prefixFits = companyPrefix !== null && companyPrefix.length >= 6 && companyPrefix.length <= 12 && sscc.slice(1, 1 + companyPrefix.length) === companyPrefix;
  if (prefixFits) {
    return { uri: `urn:epc:id:sscc:${companyPrefix}.${sscc[0]}${sscc.slice(1 + companyPrefix.length, 17)}`, scheme: 'epc-uri' };
  }
  return { uri: `https://id.gs1.org/00/${sscc}`, scheme: 'digital-link' };
}
