(* exit: 1 *)
(* A Scan.BadFormat declared FATAL and not handled escapes the main body: a checked run-time error. *)
MODULE ScanUnhandled EXPORTS Main;
IMPORT IO, Fmt, Scan;
<*FATAL Scan.BadFormat*>
BEGIN
  IO.Put(Fmt.Int(Scan.Int("12")) & "\n");
  IO.Put(Fmt.Int(Scan.Int("twelve")) & "\n")
END ScanUnhandled.
