(* Record constructors may name fields in any order; omitted fields take their declared defaults. *)
MODULE RecordNamedCtor EXPORTS Main;
IMPORT IO, Fmt;
TYPE Options = RECORD width := 80; height := 24; title: TEXT := "untitled" END;
PROCEDURE Show (o: Options) =
  BEGIN
    IO.Put(o.title & " " & Fmt.Int(o.width) & "x" & Fmt.Int(o.height) & "\n")
  END Show;
BEGIN
  Show(Options{});
  Show(Options{title := "wide", width := 132});
  Show(Options{10, 5, "tiny"});
  Show(Options{height := 50})
END RecordNamedCtor.
