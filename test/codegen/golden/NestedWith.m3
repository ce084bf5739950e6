(* Nested WITH: an inner binding may alias part of an outer one; writes go through both names. *)
MODULE NestedWith EXPORTS Main;
IMPORT IO, Fmt;
TYPE Point = RECORD x, y: INTEGER END; Line = RECORD from, to: Point END;
VAR l := Line{Point{1, 2}, Point{3, 4}};
BEGIN
  WITH line = l DO
    WITH p = line.to, x = p.x DO
      x := x * 10;
      p.y := x + 1
    END;
    WITH len = line.to.x - line.from.x DO IO.Put(Fmt.Int(len) & "\n") END
  END;
  IO.Put(Fmt.Int(l.to.x) & " " & Fmt.Int(l.to.y) & "\n")
END NestedWith.
