// Keyboard shortcuts for the workbench. Progressive enhancement only: every
// page works without this script. j/k move through queue rows or go to the
// next/previous conflict or fact, Enter opens the selected row, c confirms, d
// dismisses, n opens the next open fact, v jumps to the verdict, / focuses
// search, ? shows the keys. Esc in a text box leaves it, so c and d work
// right after typing a note.
(function () {
	"use strict";

	function typing(el) {
		if (!el) return false;
		var tag = el.tagName;
		return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
	}

	var current = -1;

	function rows() {
		return Array.prototype.slice.call(document.querySelectorAll("tr[data-row]"));
	}

	function select(i) {
		var rs = rows();
		if (rs.length === 0) return false;
		i = Math.max(0, Math.min(rs.length - 1, i));
		if (current >= 0 && rs[current]) rs[current].classList.remove("current");
		current = i;
		rs[i].classList.add("current");
		rs[i].scrollIntoView({ block: "nearest" });
		var link = rs[i].querySelector("a.rowlink");
		if (link) link.focus({ preventScroll: true });
		return true;
	}

	function follow(sel) {
		var a = document.querySelector(sel);
		if (a) { window.location.href = a.href; return true; }
		return false;
	}

	function press(sel) {
		var b = document.querySelector(sel);
		if (b) { b.click(); return true; }
		return false;
	}

	document.addEventListener("keydown", function (e) {
		if (e.key === "Escape" && typing(e.target) && e.target.tagName !== "SELECT") {
			e.target.blur();
			return;
		}
		if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
		var done = false;
		switch (e.key) {
		case "j":
			done = rows().length ? select(current + 1) : follow("a[data-key=next]");
			break;
		case "k":
			done = rows().length ? select(current - 1) : follow("a[data-key=prev]");
			break;
		case "Enter":
			if (current >= 0 && rows()[current]) done = follow("tr.current a.rowlink");
			break;
		case "c":
			done = press("button[data-key=confirm]");
			break;
		case "d":
			done = press("button[data-key=dismiss]");
			break;
		case "n":
			done = follow("a[data-key=nextopen]");
			break;
		case "v":
			var v = document.querySelector("[data-key=verdict]");
			if (v) { v.scrollIntoView({ block: "center" }); v.focus(); done = true; }
			break;
		case "/":
			var s = document.getElementById("search-box");
			if (s) { s.focus(); s.select(); done = true; }
			break;
		case "?":
			var d = document.getElementById("keys-help");
			if (d && d.showModal) { d.open ? d.close() : d.showModal(); done = true; }
			break;
		}
		if (done) e.preventDefault();
	});
})();
