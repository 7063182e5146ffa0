// The script of the server-rendered pages (/id/..., /ontology): the search box of the header.
import { searchBox } from './search.js';

const form = document.getElementById('search-form');
if (form) searchBox(form);
