// URL slugs for projects, from names typed in Turkish or English.

/** "İzmir Döküm Kümesi" -> "izmir-dokum-kumesi"; at most 60 characters; "project" when nothing is left. */
export function slugify(name: string): string {
  const slug = name
    .toLocaleLowerCase('tr')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'project';
}
