export { bundledDatasetDirectory, packageDirectory, readArchive, readArchivedText } from './files.js';
