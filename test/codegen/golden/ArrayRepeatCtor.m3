(* In an array constructor, ".." repeats the last element to fill the rest of the array. *)
MODULE ArrayRepeatCtor EXPORTS Main;
IMPORT IO, Fmt;
VAR zeros := ARRAY [1 .. 4] OF INTEGER{0, ..};
    tail := ARRAY [0 .. 5] OF INTEGER{1, 2, 9, ..};
BEGIN
  FOR i := FIRST(zeros) TO LAST(zeros) DO IO.Put(Fmt.Int(zeros[i]) & " ") END;
  IO.Put("\n");
  FOR i := FIRST(tail) TO LAST(tail) DO IO.Put(Fmt.Int(tail[i]) & " ") END;
  IO.Put("\n")
END ArrayRepeatCtor.
