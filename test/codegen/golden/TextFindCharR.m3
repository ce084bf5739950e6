(* Text.FindCharR searches backwards from start (by default the end) and returns -1 when absent. *)
MODULE TextFindCharR EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR path := "/usr/local/bin/tool";
BEGIN
  IO.Put(Fmt.Int(Text.FindCharR(path, '/')) & "\n");
  IO.Put(Text.Sub(path, Text.FindCharR(path, '/') + 1) & "\n");
  IO.Put(Fmt.Int(Text.FindCharR(path, '/', 13)) & "\n");
  IO.Put(Fmt.Int(Text.FindCharR(path, '/', 0)) & "\n");
  IO.Put(Fmt.Int(Text.FindCharR(path, 'z')) & "\n")
END TextFindCharR.
