// Imported first by the generator: chalk decides on colour when it is loaded, and a picture
// without colour would differ from the committed ones whatever terminal (or CI) runs it.
process.env['FORCE_COLOR'] = '3';
