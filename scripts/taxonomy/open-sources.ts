/**
 * Readers for the open vocabularies in ../shared/data/vocab (build time only):
 * O*NET Technology Skills (CC BY 4.0) and Stack Overflow tag counts (CC BY-SA 4.0).
 */
import { readFileSync } from 'node:fs';

export interface OnetTool {
  /** As O*NET prints it: "Adobe Photoshop", "Microsoft Excel", "Hypertext markup language HTML". */
  example: string;
  commodity: string;
  hot: boolean;
  inDemand: boolean;
  /** Number of occupations listing the tool: a rough measure of how widespread it is. */
  occupations: number;
  /** The O*NET-SOC codes of those occupations: tools used in the same jobs are related. */
  codes: Set<string>;
}

export function readOnet(path: string): OnetTool[] {
  const byName = new Map<string, OnetTool>();
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [code = '', example, , commodity, hot, inDemand] = line.split('\t');
    if (!example || !commodity) continue;
    const tool = byName.get(example) ?? {
      example,
      commodity,
      hot: false,
      inDemand: false,
      occupations: 0,
      codes: new Set<string>(),
    };
    tool.occupations++;
    tool.codes.add(code);
    tool.hot ||= hot?.trim() === 'Y';
    tool.inDemand ||= inDemand?.trim() === 'Y';
    byName.set(example, tool);
  }
  return [...byName.values()];
}

/** Tag name ("reactjs", "node.js") → number of questions. */
export function readStackOverflowCounts(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    // "1",".net","306223",... — tag names never contain quotes or commas.
    const m = /^"\d+","([^"]+)","(\d+)"/.exec(line);
    if (m?.[1] && m[2]) counts.set(m[1], Number(m[2]));
  }
  return counts;
}

/** The Stack Overflow spelling of a name: lower case, spaces to hyphens ("Ruby on Rails" → "ruby-on-rails"). */
export function soTagOf(name: string): string {
  return name.toLowerCase().trim().replace(/\s+/g, '-');
}

/** Vendors O*NET puts before product names; the product is what listings name. */
const VENDORS = [
  'The MathWorks',
  'Dassault Systemes',
  'Red Hat',
  'Microsoft',
  'Adobe',
  'Google',
  'Oracle',
  'Apache',
  'Amazon Web Services',
  'Amazon',
  'IBM',
  'Autodesk',
  'Atlassian',
  'Intuit',
  'Apple',
  'Trimble',
  'Bentley',
  'ESRI',
  'Cisco',
  'Corel',
  'Avid Technology',
  'Avid',
  'Sage',
  'SAP',
  'Epic Systems',
  'Meta',
  'Eclipse',
];

/** "Adobe Photoshop" → "Photoshop"; "ESRI ArcGIS software" → "ArcGIS". */
export function productName(example: string): string {
  let name = example.replace(/\s+software$/i, '').trim();
  for (const vendor of VENDORS) {
    if (name.startsWith(`${vendor} `) && name.length > vendor.length + 2) {
      name = name.slice(vendor.length + 1);
      break;
    }
  }
  return name;
}

/** O*NET commodity (UNSPSC) → our category; commodities not listed are not imported. */
export const COMMODITY_CATEGORY: Record<string, string> = {
  'Web platform development software': 'web-dev',
  'Web page creation and editing software': 'web-dev',
  'Object or component oriented development software': 'software-dev',
  'Development environment software': 'software-dev',
  'Program testing software': 'software-dev',
  'Operating system software': 'software-dev',
  'Configuration management software': 'software-dev',
  'Application server software': 'software-dev',
  'Compiler and decompiler software': 'software-dev',
  'File versioning software': 'software-dev',
  'Enterprise application integration software': 'software-dev',
  'Cloud-based management software': 'software-dev',
  'Network monitoring software': 'software-dev',
  'Transaction security and virus protection software': 'software-dev',
  'Network security or virtual private network VPN management software': 'software-dev',
  'Backup or archival software': 'software-dev',
  'Enterprise system management software': 'software-dev',
  'Clustering software': 'software-dev',
  'Filesystem software': 'software-dev',
  'Storage networking software': 'software-dev',
  'Analytical or scientific software': 'data-ai',
  'Business intelligence and data analysis software': 'data-ai',
  'Data base management system software': 'data-ai',
  'Data base user interface and query software': 'data-ai',
  'Data base reporting software': 'data-ai',
  'Data mining software': 'data-ai',
  'Charting software': 'data-ai',
  'Expert system software': 'data-ai',
  'Metadata management software': 'data-ai',
  'Object oriented data base management software': 'data-ai',
  'Geographic information system': 'data-ai',
  'Map creation software': 'data-ai',
  'Categorization or classification software': 'data-ai',
  'Graphics or photo imaging software': 'design-ux',
  'Desktop publishing software': 'design-ux',
  'Graphical user interface development software': 'design-ux',
  'Video creation and editing software': 'video-audio',
  'Music or sound editing software': 'video-audio',
  'Word processing software': 'admin-va',
  'Spreadsheet software': 'admin-va',
  'Office suite software': 'admin-va',
  'Presentation software': 'admin-va',
  'Electronic mail software': 'admin-va',
  'Calendar and scheduling software': 'admin-va',
  'Document management software': 'admin-va',
  'Project management software': 'admin-va',
  'Video conferencing software': 'admin-va',
  'Instant messaging software': 'admin-va',
  'Cloud-based data access and sharing software': 'admin-va',
  'Optical character reader OCR or scanning software': 'admin-va',
  'Time accounting software': 'admin-va',
  'Human resources software': 'admin-va',
  'Content workflow software': 'admin-va',
  'Accounting software': 'finance',
  'Financial analysis software': 'finance',
  'Tax preparation software': 'finance',
  'Enterprise resource planning ERP software': 'finance',
  'Point of sale POS software': 'finance',
  'Inventory management software': 'finance',
  'Procurement software': 'finance',
  'Customer relationship management CRM software': 'sales',
  'Sales and marketing software': 'marketing-seo',
  'Helpdesk or call center software': 'support',
  'Contact center software': 'support',
  'Computer aided design CAD software': 'engineering',
  'Computer aided manufacturing CAM software': 'engineering',
  'Industrial control software': 'engineering',
  'Computer aided design CAD and computer aided manufacturing CAM system': 'engineering',
  'Foreign language software': 'translation',
};
