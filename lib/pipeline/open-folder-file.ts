import { lstat, realpath } from "node:fs/promises";
import path from "node:path";
import { InputError } from "./input-error";

/**
 * The path of `name` inside the import folder `dir`, checked to be a regular file that really is
 * in the folder. Refused: symbolic links (a `passwd.txt` linking to /etc/passwd was imported and
 * served publicly), devices, FIFOs and sockets (reading one blocks or streams forever), and any
 * path that resolves outside the folder. The folder itself may be reached through a link: the
 * person running the import chose it.
 */
export async function resolveFolderFile(dir: string, name: string): Promise<string> {
  const filePath = path.join(dir, name);
  let info;
  try {
    info = await lstat(filePath);
  } catch {
    throw new InputError("does not exist", filePath);
  }
  if (info.isSymbolicLink()) throw new InputError("is a symbolic link; an import folder may hold only regular files, not links to elsewhere", filePath);
  if (!info.isFile()) throw new InputError(info.isDirectory() ? "is a folder, not a file" : "is a device, FIFO or socket, not a regular file", filePath);
  const [realDir, realFile] = await Promise.all([realpath(dir), realpath(filePath)]);
  const relative = path.relative(realDir, realFile);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) throw new InputError("resolves outside the import folder", filePath);
  return realFile;
}
