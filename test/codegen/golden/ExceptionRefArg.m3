(* An exception argument of REF type reaches the handler intact even after allocation. *)
MODULE ExceptionRefArg EXPORTS Main;
IMPORT IO, Fmt;
TYPE Info = REF RECORD code: INTEGER; msg: TEXT END;
EXCEPTION Failed(Info);
PROCEDURE Work () RAISES {Failed} =
  BEGIN
    RAISE Failed(NEW(Info, code := 404, msg := "not " & "found"))
  END Work;
BEGIN
  TRY Work() EXCEPT Failed (i) => IO.Put(Fmt.Int(i.code) & " " & i.msg & "\n") END
END ExceptionRefArg.
